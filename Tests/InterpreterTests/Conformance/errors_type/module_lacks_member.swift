import Optim
import Figures
let a = Optim.AxisScale.log
// expect error: 3:9 module 'Optim' has no member named 'AxisScale'
