struct Course {
    struct Lesson {
        var title: String
        var minutes: Int
    }
    var lessons: [Lesson]
}
extension Double {
    func clamped(_ lo: Double, _ hi: Double) -> Double { Swift.min(Swift.max(self, lo), hi) }
}
let c = Course(lessons: [.init(title: "intro", minutes: 20), Course.Lesson(title: "gd", minutes: 45)])
print(c.lessons.map(\.title), (-2.5).clamped(-1, 1), Swift.abs(-3))
// expect: ["intro", "gd"] -1.0 3
