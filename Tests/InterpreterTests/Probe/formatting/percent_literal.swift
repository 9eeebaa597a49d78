import Foundation
let rate = 0.8734
print(String(format: "accuracy: %.1f%%", rate * 100))
print(String(format: "%d%% done", 50))
