let words = ["apple", "Bob", "cat"]
print(words.contains("bob"), words.contains { $0.caseInsensitiveCompare("bob") == .orderedSame })
let r = "a".caseInsensitiveCompare("B")
print(r, "b".caseInsensitiveCompare("A"), "É".caseInsensitiveCompare("é"), r.rawValue, type(of: r))
print("".caseInsensitiveCompare(""), "".compare("a"), "a".compare("A"), "🙂".compare("😀"))
print("straße".caseInsensitiveCompare("STRASSE"), "e\u{301}".compare("é"))
print([r, .orderedSame], ComparisonResult.orderedDescending.rawValue)
debugPrint(r)
switch "x".compare("y") {
case .orderedAscending: print("ascending")
case .orderedSame: print("same")
case .orderedDescending: print("descending")
}
let sorted = ["b", "A", "c"].sorted { $0.caseInsensitiveCompare($1) == .orderedAscending }
print(sorted, "Hello".prefix(2).lowercased().compare("he"))
// expect: false true
// expect: orderedAscending orderedDescending orderedSame -1 ComparisonResult
// expect: orderedSame orderedAscending orderedDescending orderedDescending
// expect: orderedSame orderedSame
// expect: [FoundationEssentials.ComparisonResult.orderedAscending, FoundationEssentials.ComparisonResult.orderedSame] 1
// expect: FoundationEssentials.ComparisonResult.orderedAscending
// expect: ascending
// expect: ["A", "b", "c"] orderedSame
