struct G {
    subscript(i: Int) -> Int { i }
    subscript(j: Int) -> Int { j }
}
// expect error: 3:5 invalid redeclaration of 'subscript(_:)'
