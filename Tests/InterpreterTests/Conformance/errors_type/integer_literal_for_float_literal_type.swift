struct Probability: ExpressibleByFloatLiteral {
    let p: Double
    init(floatLiteral value: Double) { p = value }
}
let r: Probability = 1
// expect error: 5:22 cannot convert value of type 'Int' to specified type 'Probability'
