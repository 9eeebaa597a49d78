import Foundation
print(String(format: "%8.3f|%-8.3f|%+08.2f", 3.14159, 2.5, -1.5))
print(String(format: "%d items at %.2f = %.2f", 3, 1.1, 3.3))
print(String(format: "%s", "cstr"), String(format: "%c", 65), String(format: "%5s|", "ab"))
print(String(format: "%i %u %hd", -4, 4, 5), String(format: "%.3e", 0.000123456))
print(String(format: "%a", 1.0), String(format: "%G", 1e-10), String(format: "%10.4g|", 3.14159265))
