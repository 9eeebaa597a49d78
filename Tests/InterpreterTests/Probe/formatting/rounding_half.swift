import Foundation
for v in [0.125, 0.375, 1.5, 2.5, 0.045] {
    print(String(format: "%.2f %.0f", v, v))
}
