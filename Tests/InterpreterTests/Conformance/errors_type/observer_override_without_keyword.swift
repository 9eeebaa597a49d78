class A { var n = 0 }
class B: A { var n: Int { didSet { } } }
// expect error: 2:18 overriding declaration requires an 'override' keyword
