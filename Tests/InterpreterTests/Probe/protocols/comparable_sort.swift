struct Student: Comparable {
    var name: String
    var grade: Int
    static func < (a: Student, b: Student) -> Bool { a.grade < b.grade }
}
let s = [Student(name: "a", grade: 80), Student(name: "b", grade: 95), Student(name: "c", grade: 70)]
print(s.sorted().map(\.name))
print(s.min()!.name)
