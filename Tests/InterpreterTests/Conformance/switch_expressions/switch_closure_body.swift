let grades = [95, 72, 40].map { score -> String in
    switch score {
    case 90...: "A"
    case 70..<90: "B"
    default: "F"
    }
}
print(grades)
// expect: ["A", "B", "F"]
