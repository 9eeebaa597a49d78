precedencegroup Left { associativity: left }
precedencegroup Right { associativity: right }
infix operator <<<: Left
infix operator >>>: Right
func <<< (a: Int, b: Int) -> Int { a - b }
func >>> (a: Int, b: Int) -> Int { a + b }
print(1 <<< 2 >>> 3)
// expect error: 7:9 adjacent operators are in unordered precedence groups 'Left' and 'Right'
