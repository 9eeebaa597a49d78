class A { init(x: Int) {} }
class B: A { var y: Int; init(y: Int) { self.y = y } }
// expect error: 2:52 'super.init' isn't called on all paths before returning from initializer
