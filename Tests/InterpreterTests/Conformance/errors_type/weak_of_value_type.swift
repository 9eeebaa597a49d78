final class H {
    weak var a: Int?
}
// expect error: 2:14 'weak' may only be applied to class and class-bound protocol types, not 'Int'
