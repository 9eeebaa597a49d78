protocol Named {
    var name: String { get }
}
struct Person: Named { var name: String }
class Robot: Named {
    var serial: Int
    init(serial: Int) { self.serial = serial }
    var name: String { "robot-\(serial)" }
}
let things: [any Named] = [Person(name: "ann"), Robot(serial: 7)]
print(things.map(\.name))
