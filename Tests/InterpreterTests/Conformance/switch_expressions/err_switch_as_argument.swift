let n = 3
print(switch n % 2 { case 0: "even" default: "odd" })
// expect error: 2:7 'switch' may only be used as expression in return, throw, or as the source of an assignment
