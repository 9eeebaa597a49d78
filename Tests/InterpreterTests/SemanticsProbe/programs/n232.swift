let s = ["é", "e\u{301}", "f", "E"]
print(s.sorted(), Set(s).count, s.map { $0.uppercased() })
print("straße".uppercased(), "ǅ".lowercased(), "İ".lowercased().count)
