let temps = ["mon": 21.5, "tue": 25.0, "wed": 19.0, "thu": 27.5]
let warm = temps.filter { $0.value > 20 }
print(warm.keys.sorted(), warm.count, warm["wed"] == nil)
let hottest = temps.max { $0.value < $1.value }!
print(hottest.key, hottest.value)
print(temps.min(by: { $0.value < $1.value })!.key)
print(temps.contains { $0.value > 27 }, temps.allSatisfy { $0.value > 20 })
print(temps.map { $0.value }.sorted(), temps.reduce(0.0) { $0 + $1.value })
print(temps.count { $0.value < 25 }, temps.first { $0.key == "tue" }!.value)
let word = "swift"
print(Array(word), word.enumerated().map { "\($0.offset)\($0.element)" })
print(word.compactMap { $0 == "i" ? nil : $0 }, word.last { $0 != "t" }!)
let evens: Set = [2, 4, 6, 8]
print(evens.filter { $0 > 4 }.sorted(), evens.map { $0 / 2 }.sorted(), evens.reduce(0, +))
print(evens.contains { $0 > 7 }, evens.reversed().count, Array(1...3), Set("abca").count)
var xs = [1, 2, 3, 4, 5, 6, 7, 8]
xs.removeAll { $0 % 2 == 0 }
print(xs)
xs.removeAll(where: { $0 > 4 })
print(xs)
// expect: ["mon", "thu", "tue"] 3 true
// expect: thu 27.5
// expect: wed
// expect: true false
// expect: [19.0, 21.5, 25.0, 27.5] 93.0
// expect: 2 25.0
// expect: ["s", "w", "i", "f", "t"] ["0s", "1w", "2i", "3f", "4t"]
// expect: ["s", "w", "f", "t"] f
// expect: [6, 8] [1, 2, 3, 4] 20
// expect: true 4 [1, 2, 3] 3
// expect: [1, 3, 5, 7]
// expect: [1, 3]
