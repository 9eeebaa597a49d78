final class N {}
final class H {
    weak var a: N
    init(a: N) { self.a = a }
}
// expect error: 3:14 'weak' variable should have optional type 'N?'
