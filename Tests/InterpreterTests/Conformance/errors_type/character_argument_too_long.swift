func f(_ c: Character) {}
f("ab")
// expect error: 2:3 cannot convert value of type 'String' to expected
