import Foundation
let money = [19.99, 5.01, 0.1, 100.0]
let sum = money.reduce(0, +)
print(sum, String(format: "%.2f", sum), (sum * 100).rounded() / 100, Int(sum * 100))
let avg = sum / Double(money.count)
print(avg, String(format: "%.4f", avg), String(format: "%10.3f|", avg), String(format: "%-10.1f|", avg))
