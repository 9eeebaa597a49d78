struct P { var x = 1; var y = 2.5 }
enum Mode { case fast, slow(Int) }
let maybe: Int? = 2
print(String(describing: 3), String(describing: 2.5), String(describing: "s"), String(describing: [1, 2]))
print(String(describing: P()), String(describing: Mode.slow(3)), String(describing: maybe))
print(String(describing: (1, "a")), String(describing: [1: "one"]))
// expect: 3 2.5 s [1, 2]
// expect: P(x: 1, y: 2.5) slow(3) Optional(2)
// expect: (1, "a") [1: "one"]
