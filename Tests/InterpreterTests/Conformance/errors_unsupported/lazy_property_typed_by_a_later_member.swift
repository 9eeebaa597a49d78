struct S {
    lazy var a = b * 2
    var b = 1.5
}
var s = S()
print(s.a)
// expect error: 2:14 not supported in experiment blocks: the type of lazy property 'a', whose initial value does not type where it is declared (cannot find 'b' in scope); write its type, as in 'lazy var a: Double = …'
