func grade(_ score: Int) -> String {
    switch score {
    case ..<0: return "invalid"
    case 0..<50: return "fail"
    case 50...89: return "pass"
    case 90...: return "excellent"
    default: return "unreachable"
    }
}
print(grade(-3), grade(20), grade(75), grade(99))
// expect: invalid fail pass excellent
