import Foundation
enum Dir: String, CaseIterable { case north, south = "S", east, west }
print(Dir.allCases, Dir.north.rawValue, Dir.south.rawValue, Dir(rawValue: "east") as Any, Dir(rawValue: "x") as Any)
enum Num: Int { case one = 1, two, five = 5, six }
print(Num.two.rawValue, Num.six.rawValue, Num(rawValue: 6) as Any, Num.one)
print(Dir.allCases.count, Dir.allCases.map { $0.rawValue })
