import Foundation
// Foundation's capitalized and range(of:), with the range's bounds and the string's subscripts.
let title = "stochastic gradient descent"
print(title.capitalized)
if let r = title.range(of: "gradient") {
    print(title[r.lowerBound...], title[r], title[..<r.lowerBound], r.isEmpty)
    print(title.replacingCharacters(in: r, with: "GD"), type(of: title[r]))
}
print(title.range(of: "zzz") == nil, "a b\tc".components(separatedBy: .whitespaces))
// expect: Stochastic Gradient Descent
// expect: gradient descent gradient stochastic  false
// expect: stochastic GD descent Substring
// expect: true ["a", "b", "c"]
