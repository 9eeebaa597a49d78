import Foundation
print(String(format: "%x", 255))
print(String(format: "%X", 255))
print(String(format: "%o", 8))
print(String(format: "%08x", 48879))
