import Foundation
protocol Shape { var area: Double { get }; func name() -> String }
extension Shape { func name() -> String { "shape" }; func info() -> String { "\(name()) \(area)" } }
struct Sq: Shape { var s: Double; var area: Double { s * s } }
struct Ci: Shape { var r: Double; var area: Double { 3.0 * r * r }; func name() -> String { "circle" } }
let shapes: [Shape] = [Sq(s: 2), Ci(r: 1)]
for sh in shapes { print(sh.info()) }
print(shapes.map { $0.area }.reduce(0, +))
