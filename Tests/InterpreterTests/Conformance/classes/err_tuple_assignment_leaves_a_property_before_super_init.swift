class Base { init() {} }
final class A: Base {
    let x: Int, y: Int
    override init() {
        (x, _) = (1, 2)
        super.init()
    }
}
print(A().x)
// expect error: 6:15 property 'self.y' not initialized at super.init call
