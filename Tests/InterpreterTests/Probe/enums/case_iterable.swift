enum Weekday: CaseIterable {
    case mon, tue, wed, thu, fri
}
print(Weekday.allCases.count)
print(Weekday.allCases.map { "\($0)" }.joined(separator: ","))
