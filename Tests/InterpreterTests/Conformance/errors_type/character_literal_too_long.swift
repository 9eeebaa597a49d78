let c: Character = "ab"
print(c)
// expect error: 1:20 cannot convert value of type 'String' to specified type 'Character'
