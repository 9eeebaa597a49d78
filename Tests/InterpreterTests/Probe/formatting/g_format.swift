import Foundation
for v in [100000.0, 1000000.0, 0.0001, 0.00001, 1.5, 123.456] {
    print(String(format: "%g", v))
}
