let n = 5
print(n.debugDescription)
// expect error: 2:9 value of type 'Int' has no member 'debugDescription'
