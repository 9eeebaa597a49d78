enum E: Error { case bad }
func f() {
    throw E.bad
}
// expect error: 3:5 error is not handled because the enclosing function is not declared 'throws'
