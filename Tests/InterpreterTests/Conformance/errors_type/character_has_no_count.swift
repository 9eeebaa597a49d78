let c: Character = "a"
print(c.count)
// expect error: 2:9 value of type 'Character' has no member 'count'
