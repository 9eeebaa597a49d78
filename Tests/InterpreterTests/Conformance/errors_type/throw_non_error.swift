struct P { var x: Int }
func f() throws {
    throw P(x: 1)
}
// expect error: 3:11 thrown expression type 'P' does not conform to 'Error'
