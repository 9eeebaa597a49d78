import Foundation
print(["a", "b", "c"].joined(), ["a", "b"].joined(separator: ", "), [[1], [2, 3]].joined().map { $0 })
print("a,b,,c".split(separator: ","), "a,b,,c".components(separatedBy: ","), "a,b,,c".split(separator: ",", omittingEmptySubsequences: false))
print(Array(repeating: 0, count: 3), Array(repeating: [1], count: 2), String(repeating: "ab", count: 3))
print("  pad ".trimmingCharacters(in: .whitespaces), "Hello".lowercased(), "abc".contains("b"), "abc".hasPrefix("ab"))
