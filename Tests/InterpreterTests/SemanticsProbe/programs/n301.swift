protocol Drawable { func draw() -> String }
extension Drawable { func draw() -> String { "default" } }
struct Circle: Drawable {}
extension Circle { func draw() -> String { "circle" } }
let d: Drawable = Circle()
print(d.draw(), Circle().draw())
