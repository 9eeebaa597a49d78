func classify(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u": return "vowel"
    case "0"..."9": return "digit"
    case "a"..<"n": return "early"
    default: return "other"
    }
}
print("a7 kz".map(classify))
// expect: ["vowel", "digit", "other", "early", "other"]
