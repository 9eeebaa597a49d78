import Foundation
var loss = 10.0
for epoch in 1...5 {
    loss *= 0.6
    print(String(format: "epoch %2d  loss %8.4f", epoch, loss))
}
