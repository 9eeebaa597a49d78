func f(_ x: Int) -> Int { x }
func f(_ x: String) -> String { x }
print(f(true))
// expect error: 3:7 no exact matches in call to global function 'f'
