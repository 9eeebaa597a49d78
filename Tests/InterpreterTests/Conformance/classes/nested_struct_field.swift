struct Position { var x = 0.0, y = 0.0 }
class Body {
    var position = Position()
    var trail: [Position] = []
    func move(dx: Double) {
        position.x += dx
        trail.append(position)
    }
}
let b = Body()
b.move(dx: 1)
b.move(dx: 0.5)
b.position.y = 2
print(b.position.x, b.position.y, b.trail.count)
// expect: 1.5 2.0 2
