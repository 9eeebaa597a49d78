import Foundation
print(String(format: "%d items", 42))
print(String(format: "%5d|", 42))
print(String(format: "%-5d|", 42))
print(String(format: "%05d", 42))
print(String(format: "%+d", 7))
