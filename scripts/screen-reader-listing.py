# Walks the simulator's accessibility tree as Orca sees it (AT-SPI): home, login, login with
# errors, "Code oublié ?". Run by scripts/screen-reader-listing.sh.
import pyatspi, sys, time
desktop = pyatspi.Registry.getDesktop(0)
app=None
for i in range(desktop.childCount):
    a=desktop.getChildAtIndex(i)
    if a and 'ameli' in (a.name or '').lower(): app=a
def walk(node, depth=0, out=None):
    try:
        role=node.getRoleName(); name=node.name; desc=node.description
        st=node.getState()
        if st.contains(pyatspi.STATE_SHOWING) and role in ('push button','text','password text','radio button','label','combo box','heading','alert','toggle button','progress bar','status bar','image','check box','entry'):
            extra=[]
            if desc: extra.append(f"desc={desc!r}")
            if st.contains(pyatspi.STATE_FOCUSABLE): extra.append("focusable")
            print(f"[{role}] {name!r} "+" ".join(extra))
        for i in range(node.childCount):
            walk(node.getChildAtIndex(i), depth+1)
    except Exception as e:
        print("err",e)
def find(node, name):
    try:
        if node.name==name and node.getRoleName()=='push button' and node.getState().contains(pyatspi.STATE_SHOWING): return node
        for i in range(node.childCount):
            r=find(node.getChildAtIndex(i), name)
            if r: return r
    except Exception: pass
    return None
def press(name):
    b=find(app,name); b.queryAction().doAction(0); time.sleep(1.5)
print("=== home"); walk(app)
press('Connectez-vous'); print("=== login"); walk(app)
press('ME CONNECTER'); print("=== login errors"); walk(app)
press('Code oublié ?'); print("=== forgotten code"); walk(app)
