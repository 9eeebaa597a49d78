import Foundation
print(String(format: "%.2f", 3.14159), String(format: "%5d|", 42), String(format: "%-5d|", 42), String(format: "%05.1f", 2.5))
print(String(format: "%x %X %o", 255, 255, 8), String(format: "%e", 12345.678), String(format: "%g %g", 0.0001, 1e20))
print(String(format: "%@ and %@", "a", "b"), String(format: "%3$@ %1$@ %2$@", "x", "y", "z"))
print(String(format: "%.0f %.0f %.0f", 0.5, 1.5, 2.5), String(format: "%+d %+.1f", 5, -0.04))
print(String(format: "%%"), String(format: "%ld %lld %lu", 1, 2, 3))
