let x = 1
switch x {
case 1:
case 2:
    print("one or two")
default:
    print("other")
}
print("done")
// expect error: 3:1 'case' label in a 'switch' must have at least one executable statement
