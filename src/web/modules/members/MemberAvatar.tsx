import { UserOutlined } from '@ant-design/icons';
import { Avatar } from 'antd';

/** The member's photo (served by the attachments area), or the first character of the name. */
export function MemberAvatar({ photoId, name, size }: { photoId: string | null; name: string; size: number }) {
  if (photoId) return <Avatar size={size} src={`/api/attachments/${photoId}/download`} alt={name} shape="square" style={{ flex: 'none' }} />;
  return (
    <Avatar size={size} shape="square" style={{ flex: 'none', background: '#fbe9e7', color: '#b71c1c', fontSize: size / 2.4 }} icon={name ? undefined : <UserOutlined />}>
      {name.slice(0, 1)}
    </Avatar>
  );
}
