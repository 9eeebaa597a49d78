func gradient(w: Double) -> Double { 2 * w }
struct Model {
    func gradient(at p: Double) -> Double {
        gradient(w: p) + 1
    }
}
print(Model().gradient(at: 1))
// expect error: 4:9 use of 'gradient' refers to instance method rather than global function 'gradient(w:)' in module 'main'
