var x = 5.0
let lr = 0.1
for step in 1...50 {
    let grad = 2 * (x - 3)
    x -= lr * grad
    if step % 10 == 0 { print(step, x) }
}
