import Foundation
protocol Describable { var desc: String { get } }
extension Int: Describable { var desc: String { "int \(self)" } }
extension Array: Describable where Element: Describable { var desc: String { map { $0.desc }.joined(separator: ";") } }
extension String { func shout() -> String { uppercased() + "!" } }
print(5.desc, [1, 2].desc, "hi".shout())
extension Double { var squared: Double { self * self } }
print(1.5.squared, (-2.0).squared)
