struct Course {
    struct Lesson {
        var title: String
        var minutes: Int
    }
    var lessons: [Lesson]
    var totalMinutes: Int { lessons.reduce(0) { $0 + $1.minutes } }
}
let c = Course(lessons: [.init(title: "intro", minutes: 20), Course.Lesson(title: "gd", minutes: 45)])
print(c.totalMinutes, c.lessons.map(\.title))
