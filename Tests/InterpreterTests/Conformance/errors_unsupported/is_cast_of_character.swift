let c: Character = "a"
print(c is String)
// expect error: 2:9 'is' casts from
