protocol Shape { func area() -> Double }
struct Sq: Shape {
    func area() -> Double { 1 }
    func side() -> Double { 1 }
}
let s: any Shape = Sq()
print(s.side())
// expect error: 7:9 value of type 'any Shape' has no member 'side'
